package org.greendeal.model;

/** Whether a circular procurement trajectory is a new one or the scaling up of an earlier pilot. */
public enum TrajectoryKind {
  NEW, SCALE_UP
}
