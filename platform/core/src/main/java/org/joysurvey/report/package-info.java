/**
 * Reports: one streaming pass over an edition's responses that scores each response with every
 * instrument and feeds every instrument's section builder, then the small-cell rule applied to what
 * the sections publish.
 */
package org.joysurvey.report;
