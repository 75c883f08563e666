/**
 * The instrument SPI: the whole contract between the platform and an instrument plugin.
 *
 * <p>A plugin implements {@link org.joysurvey.spi.Instrument} and names its class in {@code
 * META-INF/services/org.joysurvey.spi.Instrument}. It describes its items as data, scores one
 * response into derived variables, and summarises many responses into a report section made of
 * statistics, tables and charts. It never touches JSF, JPA or HTTP: the platform renders,
 * validates, stores and suppresses. Plugins may also use {@code org.joysurvey.statistics}.
 *
 * <p>Stability. The SPI is at 1.5. Each version only added to the one before: new types, {@code
 * default} methods or optional factories and constructors, never a new abstract method, and nothing
 * was removed, so a plugin built against 1.0 keeps compiling and loading.
 *
 * <ul>
 *   <li>1.0: {@link org.joysurvey.spi.Instrument} and every type it uses ({@code
 *       InstrumentMetadata}, {@code Item}, {@code ItemType}, {@code Option}, {@code ShownIf},
 *       {@code SettingDefinition}, {@code Settings}, {@code Answers}, {@code AnswerValue}, {@code
 *       DerivedVariables} with its {@code Builder}, {@code ScoredResponse}, {@code ReportContext},
 *       {@code SectionBuilder}, {@code ReportSection} with its builder, {@code ReportTable}, {@code
 *       ReportChart}, {@code Statistic}).
 *   <li>1.1, each marked {@code @since 1.1}: {@code ReportTextList} with its {@code Collector}, the
 *       {@code texts} of a {@code ReportSection} (its 1.0 constructor with five arguments is kept),
 *       {@code ReportChart.Type.VENN3}, {@code Subgroups}.
 *   <li>1.2: nothing new for plugins. {@code DerivedVariables.Builder.put} refuses a value of an
 *       unsupported type itself, where 1.0 refused it in {@code build()}.
 *   <li>1.3: {@code Instrument.subgroups()} (a {@code default} method) and {@code
 *       SubgroupDimension}; the {@code subgroups} of a {@code ReportContext} (its two-argument
 *       constructor is kept).
 *   <li>1.4: {@code Sum}, how a section's counts add up, and the {@code sums} of a {@code
 *       ReportSection} with {@code Builder.sum} (its six-argument constructor is kept), so that the
 *       platform withholds whatever would let a withheld count be recomputed.
 *   <li>1.5: {@code KeyFinding}, a headline figure of a section as a sentence template, and {@code
 *       Instrument.keyFindings()} (a {@code default} method), from which the platform writes the
 *       key findings of a published report's white paper; {@code DerivedVariable}, a per-response
 *       variable {@code score} computes with its label, codes and rule, and {@code
 *       Instrument.derivedVariables()} (a {@code default} method), from which the platform writes
 *       the codebook and the labels of the analysts' Stata and SPSS files.
 * </ul>
 *
 * <p>Types and members annotated {@link org.joysurvey.spi.PlatformInternal} are not part of this
 * promise: they are public only for the platform ({@code PositionedAnswers} and {@code
 * DerivedVariables.Combiner}, both added in 1.2 to make reports fast, and the look-up tables behind
 * them, {@code CodeTable} and {@code IdentityCache}) and may change or disappear in any release.
 * Plugins must not use them. The platform's other packages, outside this API, are internal as a
 * whole.
 */
package org.joysurvey.spi;
