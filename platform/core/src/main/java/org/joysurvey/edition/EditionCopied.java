package org.joysurvey.edition;

/**
 * Edition {@code copy} was made from edition {@code source} ("copy from last year"). {@link
 * EditionService#copy} fires it synchronously, inside the copying transaction, after the copy's
 * definition is stored: each observer copies what it keeps of the source (the report narrative),
 * and one that fails rolls the whole copy back.
 */
public record EditionCopied(long source, long copy, String actor) {}
