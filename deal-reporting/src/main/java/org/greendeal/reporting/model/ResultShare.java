package org.greendeal.reporting.model;

import org.greendeal.model.LocalizedText;

/**
 * How many of the parties a RESULT commitment binds have met it.
 *
 * @param code the commitment's code, such as IP-1
 * @param title its short title
 * @param met how many parties met it
 * @param bound how many parties it binds (not counting those it does not apply to)
 */
public record ResultShare(String code, LocalizedText title, int met, int bound) {
  /** The share met, 0..100. */
  public int percent() {
    return bound == 0 ? 0 : Math.round(100f * met / bound);
  }
}
