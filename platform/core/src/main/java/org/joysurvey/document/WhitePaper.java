package org.joysurvey.document;

/**
 * One white paper, laid out: its XHTML, the society's logo address the renderer may fetch ({@code
 * null}: none), and the file name it is offered under ("joy-of-medicine-2020-v2.pdf").
 *
 * @param key what the document is made of, for the renderer's cache: equal keys give equal
 *     documents; {@code null} for a draft, which is never cached
 */
public record WhitePaper(String xhtml, String logoUrl, String fileName, String key) {}
