/**
 * The response interchange formats of the instrument reference: one JSON object per response, and
 * CSV with one column per full item code ({@code ;}-joined lists, empty cell = unanswered, {@code
 * _} columns for metadata such as {@code _submitted_on}). Reading streams: a file is never held
 * whole.
 */
package org.joysurvey.interchange;
