package org.greendeal.model;

/** Where a trajectory stands; a cancelled trajectory still counts by its start date. */
public enum TrajectoryStatus {
  PREPARING, TENDERING, AWARDED, RUNNING, COMPLETED, CANCELLED
}
