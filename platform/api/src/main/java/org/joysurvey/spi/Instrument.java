package org.joysurvey.spi;

import java.util.List;

/**
 * An instrument plugin: metadata, items, scoring and a report section.
 *
 * <p>Implementations must be stateless and thread-safe; the platform creates one instance per
 * application and calls it from many requests at once. All item, variable and statistic codes are
 * prefixed with the instrument id ({@code mini-z.burnout}).
 *
 * @since 1.0
 */
public interface Instrument {

  /** Id, version, title, description and licence note. */
  InstrumentMetadata metadata();

  /** The items in the order a respondent sees them. Codes are short ({@code burnout}). */
  List<Item> items();

  /** Settings an edition may change, with their defaults (e.g. {@code threshold}). */
  default List<SettingDefinition> settings() {
    return List.of();
  }

  /**
   * The subgroup dimensions this instrument offers the other sections of an edition (none by
   * default): single-choice items whose answer {@link #score} publishes as the derived variable of
   * the item's full code. With this instrument in an edition, the platform resolves them against
   * {@link #items()} and passes them to every section in {@link ReportContext#subgroups()}.
   *
   * @since 1.3
   */
  default List<SubgroupDimension> subgroups() {
    return List.of();
  }

  /**
   * The headline figures of this instrument's section (none by default), each a statistic key of
   * the section with the sentence that states it in the white paper of a published report, in the
   * order they are to be read. The platform fills each sentence with the statistic's figures and
   * its change against the earlier edition or benchmark, and leaves a finding out when its
   * statistic is withheld. Name statistics the section always has (fixed keys, not a ranking that
   * depends on the answers); return a constant list.
   *
   * @since 1.5
   */
  default List<KeyFinding> keyFindings() {
    return List.of();
  }

  /**
   * The per-response variables {@link #score} computes, described for an analyst's codebook (none
   * by default): each with the full name {@code score} publishes it under, a label, its type, its
   * codes with their labels, and its rule in plain text. The platform labels the variables of the
   * Stata and SPSS exports and offers the binary and categorical ones in the cross-tab explorer
   * from this list; an instrument that declares none has its variables found by scoring responses
   * and labelled generically. Declare every variable {@code score} can produce, and only those;
   * return a constant list.
   *
   * @since 1.5
   */
  default List<DerivedVariable> derivedVariables() {
    return List.of();
  }

  /**
   * Derives this instrument's per-response variables from one validated response. Variables may be
   * absent when the answers do not determine them (e.g. an unanswered item).
   */
  DerivedVariables score(Answers answers, Settings settings);

  /**
   * Starts one report section. The platform feeds every response of the edition to the returned
   * builder, once, in no particular order, then asks for the section.
   */
  SectionBuilder newReport(ReportContext context);
}
