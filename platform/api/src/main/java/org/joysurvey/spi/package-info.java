/**
 * The instrument SPI: the whole contract between the platform and an instrument plugin.
 *
 * <p>A plugin implements {@link org.joysurvey.spi.Instrument} and names its class in {@code
 * META-INF/services/org.joysurvey.spi.Instrument}. It describes its items as data, scores one
 * response into derived variables, and summarises many responses into a report section made of
 * statistics, tables and charts. It never touches JSF, JPA or HTTP: the platform renders, validates,
 * stores and suppresses. Plugins may also use {@code org.joysurvey.statistics}.
 *
 * <p>Stability: every type here is stable since 1.0; later additions are {@code default} methods or
 * new optional record factories, never new abstract methods.
 */
package org.joysurvey.spi;
