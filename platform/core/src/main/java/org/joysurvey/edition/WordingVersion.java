package org.joysurvey.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code wording_version}: one changed item of an edition's wording. Written once, never
 * changed.
 */
@Entity
@Table(name = "wording_version")
public class WordingVersion {

  @Id
  @SequenceGenerator(
      name = "wording_version_seq",
      sequenceName = "wording_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wording_version_seq")
  private Long id;

  @Column(name = "edition_id", nullable = false)
  private long editionId;

  @Column(name = "version_number", nullable = false)
  private int version;

  @Column(name = "item_code", nullable = false, length = 200)
  private String item;

  @Column(name = "old_text", length = EditionSettings.MAX_WORDING_LENGTH)
  private String oldText;

  @Column(name = "new_text", length = EditionSettings.MAX_WORDING_LENGTH)
  private String newText;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_on", nullable = false)
  private LocalDate changedOn;

  protected WordingVersion() {
    // for JPA
  }

  WordingVersion(
      long editionId, int version, WordingChange change, String changedBy, LocalDate changedOn) {
    this.editionId = editionId;
    this.version = version;
    this.item = change.item();
    this.oldText = change.oldText();
    this.newText = change.newText();
    this.changedBy = Objects.requireNonNull(changedBy, "a wording version names who changed it");
    this.changedOn = Objects.requireNonNull(changedOn);
  }

  int getVersion() {
    return version;
  }

  WordingVersionView toView(long responses) {
    return new WordingVersionView(version, item, oldText, newText, changedBy, changedOn, responses);
  }
}
