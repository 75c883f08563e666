package org.joysurvey.document;

/**
 * One white paper: what it is made of, the society's logo address the renderer may fetch ({@code
 * null}: none), and the file name it is offered under ("joy-of-medicine-2020-v2"), without the
 * extension.
 *
 * @param key what the document is made of, for the renderer's cache: equal keys give equal
 *     documents; {@code null} for a draft, which is never cached
 */
public record WhitePaper(DocumentSource source, String logoUrl, String fileName, String key) {

  /** The document as XHTML: the print page, and what the PDF is laid out from. */
  public String xhtml() {
    return WhitePaperLayout.xhtml(source);
  }
}
