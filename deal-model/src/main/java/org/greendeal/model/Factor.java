package org.greendeal.model;

/** Whether a lesson learned is a success factor or a failure factor. */
public enum Factor {
  SUCCESS, FAILURE
}
