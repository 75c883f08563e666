/**
 * Publications: an edition's report made public on purpose, once the edition is closed, and frozen.
 * {@link org.joysurvey.publication.PublicationService} computes the report, keeps its public view
 * ({@link org.joysurvey.publication.PublicReport}: every withheld statistic and free-text list left
 * out) as a JSON document ({@link org.joysurvey.publication.PublicationCodec}) under the next
 * version number, and audits {@code report.publish}. Reading a publication decodes that document
 * only: the report engine never runs again for it.
 */
package org.joysurvey.publication;
