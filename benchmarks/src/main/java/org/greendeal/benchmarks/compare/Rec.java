package org.greendeal.benchmarks.compare;

import java.util.List;

/**
 * A record read as a fact for the rules engines of the comparison (Drools, Easy Rules): the
 * fields the compared commitments read, with getters as those engines expect. Names in party
 * fields are kept as their comparison keys ({@link Directory#key}); resolving them is the rules'
 * work.
 */
public final class Rec {
  private final String kind;
  private final String id;
  private final String ref;
  private final List<String> keys;
  private final List<String> allKeys;
  private final int day;
  private final int year;
  private final boolean byYear;
  private final String detail;
  private final boolean referenced;
  private final long cents;
  private final String sensitivity;
  private final String title;
  private final String text;

  Rec(String kind, String id, String ref, List<String> keys, List<String> allKeys, int day,
      int year, boolean byYear, String detail, boolean referenced, long cents, String sensitivity,
      String title, String text) {
    this.kind = kind;
    this.id = id;
    this.ref = ref;
    this.keys = keys;
    this.allKeys = allKeys;
    this.day = day;
    this.year = year;
    this.byYear = byYear;
    this.detail = detail;
    this.referenced = referenced;
    this.cents = cents;
    this.sensitivity = sensitivity;
    this.title = title;
    this.text = text;
  }

  /** The evidence file's list it came from, such as {@code trajectories}. */
  public String getKind() {
    return kind;
  }

  /** Its id, or null for kinds without one. */
  public String getId() {
    return id;
  }

  /** How a finding names it: its id, or {@code file:line}. */
  public String getRef() {
    return ref;
  }

  /** The keys of the names in the party field the compared commitments read. */
  public List<String> getKeys() {
    return keys;
  }

  /** The keys of the names in all its party fields. */
  public List<String> getAllKeys() {
    return allKeys;
  }

  /** Its date as an epoch day (a contribution: the first day of its year). */
  public int getDay() {
    return day;
  }

  /** The year of its date. */
  public int getYear() {
    return year;
  }

  /** Whether it is dated by year only (contributions). */
  public boolean isByYear() {
    return byYear;
  }

  /** A trajectory's kind, a policy integration's aspect, an effort's commitment; else null. */
  public String getDetail() {
    return detail;
  }

  /** Whether a policy integration carries a reference. */
  public boolean isReferenced() {
    return referenced;
  }

  /** A contribution's amount in euro cents. */
  public long getCents() {
    return cents;
  }

  /** A knowledge item's sensitivity; NONE when not given. */
  public String getSensitivity() {
    return sensitivity;
  }

  /** A knowledge item's title. */
  public String getTitle() {
    return title;
  }

  /** A knowledge item's text, or null. */
  public String getText() {
    return text;
  }
}
