package org.joysurvey.edition;

import java.util.List;
import java.util.Map;

/**
 * A request to create an edition, as it arrives (fields may be missing; the service says which).
 *
 * @param status {@code draft} (the default), {@code open} or {@code closed}
 * @param suppressionThreshold small-cell threshold k; {@code null} for the default 5
 */
public record NewEdition(
    Integer year,
    String title,
    List<String> instruments,
    Map<String, String> settings,
    String status,
    Integer suppressionThreshold) {}
