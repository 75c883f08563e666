/**
 * Demo and synthetic data: plausible generated responses for any edition, and the demo edition
 * seeded into an empty embedded database so that a newcomer sees a filled report at once.
 */
package org.joysurvey.demo;
