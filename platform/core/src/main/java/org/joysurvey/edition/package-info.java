/**
 * Editions: one year's survey of a society, its instruments in order, their settings and its status
 * (draft, open, closed), and the service that creates and reads them.
 */
package org.joysurvey.edition;
