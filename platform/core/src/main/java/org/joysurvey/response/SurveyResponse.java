package org.joysurvey.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored response. It carries nothing that identifies its respondent: a random id (sorting by
 * it reveals no order of arrival), the day at most, the interchange JSON of its answers, and the
 * versions of the instruments and the edition's wording that produced it. Reports never load these
 * as entities; they stream the {@code answers} column (see {@link ResponseStore}).
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "edition_id", nullable = false)
  private long editionId;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "instrument_versions", nullable = false, length = 1000)
  private String instrumentVersions;

  @Column(nullable = false, length = 200000)
  private String answers;

  /** The wording version of the edition it was answered under; 0 = the plugins' wording. */
  @Column(name = "wording_version", nullable = false)
  private int wordingVersion;

  protected SurveyResponse() {
    // for JPA
  }

  public SurveyResponse(
      long editionId, LocalDate submittedOn, String instrumentVersions, String answers) {
    this.id = UUID.randomUUID().toString();
    this.editionId = editionId;
    this.submittedOn = submittedOn;
    this.instrumentVersions = Objects.requireNonNull(instrumentVersions);
    this.answers = Objects.requireNonNull(answers);
  }

  public String getId() {
    return id;
  }

  public long getEditionId() {
    return editionId;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getInstrumentVersions() {
    return instrumentVersions;
  }

  public String getAnswers() {
    return answers;
  }

  public int getWordingVersion() {
    return wordingVersion;
  }
}
