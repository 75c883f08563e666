package org.joysurvey.edition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One year's survey: title, status, its instruments in order and their settings (full keys). */
@Entity
@Table(name = "edition")
public class Edition {

  /**
   * The suppression threshold k of an edition that sets none; reports apply k with {@code
   * SmallCellRule}.
   */
  public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

  @Id
  @SequenceGenerator(name = "edition_seq", sequenceName = "edition_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "edition_seq")
  private Long id;

  @Column(name = "edition_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EditionStatus status;

  @Column(name = "suppression_threshold", nullable = false)
  private int suppressionThreshold;

  /** An {@link AccessMode} code, kept as text so that the column reads the same as the API. */
  @Column(name = "access_mode", nullable = false, length = 12)
  private String accessMode = AccessMode.INVITATION.code();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "edition_instrument", joinColumns = @JoinColumn(name = "edition_id"))
  @OrderColumn(name = "position")
  @Column(name = "instrument_id", nullable = false, length = 64)
  private List<String> instruments = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "edition_setting", joinColumns = @JoinColumn(name = "edition_id"))
  @MapKeyColumn(name = "setting_key", length = 128)
  @Column(name = "setting_value", nullable = false, length = 1000)
  private Map<String, String> settings = new HashMap<>();

  protected Edition() {
    // for JPA
  }

  public Edition(
      int year,
      String title,
      EditionStatus status,
      int suppressionThreshold,
      List<String> instruments,
      Map<String, String> settings) {
    this.year = year;
    this.title = Objects.requireNonNull(title, "An edition needs a title.");
    this.status = Objects.requireNonNull(status, "An edition needs a status.");
    this.suppressionThreshold = suppressionThreshold;
    this.instruments = new ArrayList<>(instruments);
    this.settings = new HashMap<>(settings);
  }

  /** Empties the instruments and settings; see {@code EditionService.update} for why. */
  void clearInstrumentsAndSettings() {
    this.instruments = new ArrayList<>();
    this.settings = new HashMap<>();
  }

  /** A draft's new definition (the service checks it is a draft and the request is valid). */
  void revise(
      int newYear,
      String newTitle,
      int newThreshold,
      List<String> newInstruments,
      Map<String, String> newSettings) {
    this.year = newYear;
    this.title = Objects.requireNonNull(newTitle);
    this.suppressionThreshold = newThreshold;
    this.instruments = new ArrayList<>(newInstruments);
    this.settings = new HashMap<>(newSettings);
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public EditionStatus getStatus() {
    return status;
  }

  public void setStatus(EditionStatus status) {
    this.status = Objects.requireNonNull(status);
  }

  public int getSuppressionThreshold() {
    return suppressionThreshold;
  }

  public AccessMode getAccessMode() {
    return AccessMode.fromCode(accessMode).orElse(AccessMode.INVITATION);
  }

  public void setAccessMode(AccessMode mode) {
    this.accessMode = Objects.requireNonNull(mode).code();
  }

  public List<String> getInstruments() {
    return List.copyOf(instruments);
  }

  /** The settings the edition sets explicitly, by full key ({@code mbi-2.threshold}). */
  public Map<String, String> getSettings() {
    return Map.copyOf(settings);
  }
}
