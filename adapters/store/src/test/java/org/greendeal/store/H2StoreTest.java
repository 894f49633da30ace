package org.greendeal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded H2, the default database. */
class H2StoreTest extends StoreContract {
  @TempDir
  Path folder;

  @Override
  Store openFresh() {
    return Store.open(Store.h2Url(folder.resolve("greendeal")));
  }

  @Test
  void theDatabaseIsAFileThatKeepsItsRecordsWhenReopened() {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));
    store.close();
    store = null;

    try (Store again = Store.open(Store.h2Url(folder.resolve("greendeal")))) {
      assertThat(again.databaseProduct()).isEqualTo("H2");
      assertThat(again.evidence().find(DEAL, "trajectories", created.id())).contains(created);
      assertThat(again.evidence().list(DEAL, Optional.empty())).hasSize(1);
    }
    assertThat(folder.resolve("greendeal.mv.db")).exists();
  }

  @Test
  void theDefaultUrlIsAFileUnderGreendealData() {
    assertThat(Store.defaultUrl()).startsWith("jdbc:h2:file:").contains("greendeal-data/greendeal");
  }
}
