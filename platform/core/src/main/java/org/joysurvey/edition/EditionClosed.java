package org.joysurvey.edition;

/**
 * An edition has closed. {@link EditionService#changeStatus} fires it synchronously, inside the
 * transaction that closes the edition: each observer does its own tables' part of the close there,
 * and one that fails rolls the whole close back.
 */
public record EditionClosed(long editionId) {}
