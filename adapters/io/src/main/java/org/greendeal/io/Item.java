package org.greendeal.io;

import org.greendeal.model.SourceRef;

/** A node together with its path: what a binder reads, and where a problem with it is put. */
record Item(Node node, FieldPath path) {

  /** Where this item starts in {@code file}, the source of the record it becomes. */
  SourceRef source(String file) {
    return new SourceRef(file, node.line(), node.column());
  }

  boolean isNull() {
    return node instanceof ScalarNode s && s.isNull();
  }
}
