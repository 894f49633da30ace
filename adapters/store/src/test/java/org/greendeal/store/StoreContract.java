package org.greendeal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.greendeal.io.DemoEvidence;
import org.greendeal.io.InputException;
import org.greendeal.model.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's behaviour, run on every database greendeal supports: each subclass opens a fresh,
 * empty database of its kind.
 */
abstract class StoreContract {
  static final String DEAL = "gdci-2.0";
  static final String TRAJECTORY = "{\"id\":\"t1\",\"party\":\"ns\",\"title\":\"Circulaire"
      + " werkplekken\",\"kind\":\"NEW\",\"started\":\"2019-03-01\"}";

  Store store;

  /** A store on a fresh, empty database. */
  abstract Store openFresh() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openFresh();
    store.deals().ensure(DEAL, "Green Deal Circulair Inkopen 2.0", "catalog:" + DEAL);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  static RecordContent trajectory(String body, boolean published) {
    return new RecordContent("trajectories", Optional.of("t1"), "ns", body, published);
  }

  @Test
  void aNewRecordIsStoredAtVersionOneAndAudited() {
    StoredRecord created = store.evidence().create("project-team#1", DEAL,
        trajectory(TRAJECTORY, true));

    assertThat(created.version()).isEqualTo(1);
    assertThat(created.deleted()).isFalse();
    assertThat(store.evidence().find(DEAL, "trajectories", created.id())).contains(created);
    List<AuditEvent> events = store.audit().about(created.subject());
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("CREATE");
      assertThat(e.actor()).isEqualTo("project-team#1");
      assertThat(e.before()).isEmpty();
      assertThat(e.after()).get().asString().contains("\"version\":1", "Circulaire werkplekken");
    });
  }

  @Test
  void anUpdateWithTheCurrentVersionRaisesItAndKeepsBeforeAndAfter() {
    StoredRecord created = store.evidence().create("party:ns#2", DEAL, trajectory(TRAJECTORY, false));
    String changed = TRAJECTORY.replace("NEW", "SCALE_UP");

    StoredRecord updated = store.evidence().update("party:ns#2", DEAL, "trajectories",
        created.id(), 1, trajectory(changed, false));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.body()).contains("SCALE_UP");
    AuditEvent update = store.audit().about(created.subject()).get(1);
    assertThat(update.action()).isEqualTo("UPDATE");
    assertThat(update.before()).get().asString().contains("\"NEW\"", "\"version\":1");
    assertThat(update.after()).get().asString().contains("\"SCALE_UP\"", "\"version\":2");
  }

  @Test
  void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));
    store.evidence().update("a", DEAL, "trajectories", created.id(), 1,
        trajectory(TRAJECTORY.replace("NEW", "SCALE_UP"), true));

    assertThatThrownBy(() -> store.evidence().update("b", DEAL, "trajectories", created.id(), 1,
        trajectory(TRAJECTORY.replace("Circulaire", "Lineaire"), true)))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.current()).isEqualTo(2);
        });
    StoredRecord now = store.evidence().find(DEAL, "trajectories", created.id()).orElseThrow();
    assertThat(now.version()).isEqualTo(2);
    assertThat(now.body()).contains("Circulaire").contains("SCALE_UP");
    assertThat(store.audit().about(created.subject())).hasSize(2);
  }

  @Test
  void aDeletedRecordIsKeptMarkedAndLeavesTheLists() {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));

    StoredRecord deleted = store.evidence().delete("a", DEAL, "trajectories", created.id(), 1);

    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.version()).isEqualTo(2);
    assertThat(store.evidence().find(DEAL, "trajectories", created.id())).get()
        .extracting(StoredRecord::deleted).isEqualTo(true);
    assertThat(store.evidence().list(DEAL, Optional.empty())).isEmpty();
    assertThat(store.audit().about(created.subject())).extracting(AuditEvent::action)
        .containsExactly("CREATE", "DELETE");
    assertThatThrownBy(() -> store.evidence().delete("a", DEAL, "trajectories", created.id(), 2))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> store.evidence().update("a", DEAL, "trajectories", created.id(), 2,
        trajectory(TRAJECTORY, true))).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aStaleDeleteIsRefused() {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));
    store.evidence().publish("a", DEAL, "trajectories", created.id(), 1, false);

    assertThatThrownBy(() -> store.evidence().delete("a", DEAL, "trajectories", created.id(), 1))
        .isInstanceOf(StaleVersionException.class);
    assertThat(store.evidence().list(DEAL, Optional.of("trajectories"))).hasSize(1);
  }

  @Test
  void publishingFlipsTheFlagAndRaisesTheVersion() {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, false));

    StoredRecord published = store.evidence().publish("b", DEAL, "trajectories", created.id(), 1,
        true);

    assertThat(published.published()).isTrue();
    assertThat(published.version()).isEqualTo(2);
    assertThat(store.audit().about(created.subject())).extracting(AuditEvent::action)
        .containsExactly("CREATE", "PUBLISH");
  }

  @Test
  void aRecordOfAnotherKindOrDealIsNotFound() {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));

    assertThat(store.evidence().find(DEAL, "barriers", created.id())).isEmpty();
    assertThat(store.evidence().find("other", "trajectories", created.id())).isEmpty();
    assertThatThrownBy(() -> store.evidence().update("a", DEAL, "barriers", created.id(), 1,
        trajectory(TRAJECTORY, true))).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void theDemoEvidenceReadsBackEqualFromTheStore() {
    Evidence demo = DemoEvidence.forDeal(DEAL).orElseThrow();
    List<RecordContent> contents = new ArrayList<>();
    for (Object record : RecordCodec.records(demo)) {
      contents.add(new RecordContent(RecordCodec.kindOf(record), RecordCodec.recordId(record),
          RecordCodec.ownerNames(record).isEmpty() ? "-" : RecordCodec.ownerNames(record).get(0),
          RecordCodec.encode(record), true));
    }

    store.evidence().createAll("system", DEAL, contents);

    Evidence read = store.evidence().evidence(DEAL, store.evidence().list(DEAL, Optional.empty()));
    assertThat(read).isEqualTo(org.greendeal.model.ImmutableEvidence.copyOf(demo).withDeal(DEAL));
    assertThat(store.evidence().count(DEAL)).isEqualTo(demo.size() + demo.joined().size());
  }

  @Test
  void theStampChangesWithEveryWrite() {
    java.util.Set<String> stamps = new java.util.HashSet<>();
    stamps.add(store.evidence().stamp(DEAL));
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, false));
    stamps.add(store.evidence().stamp(DEAL));
    store.evidence().update("a", DEAL, "trajectories", created.id(), 1,
        trajectory(TRAJECTORY, false));
    stamps.add(store.evidence().stamp(DEAL));
    store.evidence().publish("a", DEAL, "trajectories", created.id(), 2, true);
    stamps.add(store.evidence().stamp(DEAL));
    store.evidence().delete("a", DEAL, "trajectories", created.id(), 3);
    stamps.add(store.evidence().stamp(DEAL));

    assertThat(stamps).hasSize(5);
    assertThat(store.evidence().stamp(DEAL)).isEqualTo(store.evidence().stamp(DEAL));
  }

  @Test
  void tokensAreKeptAsTheirHashOnly() {
    IssuedToken issued = store.tokens().create("system", TokenRole.PARTY, Optional.of("ns"));

    assertThat(issued.token()).startsWith("gd_").hasSize(46);
    assertThat(store.tokens().authenticate(issued.token())).contains(issued.holder());
    List<String> stored = store.jdbi().withHandle(h -> h.createQuery(
        "SELECT token_hash FROM api_token").mapTo(String.class).list());
    assertThat(stored).containsExactly(Tokens.hash(issued.token()));
    assertThat(stored.get(0)).doesNotContain(issued.token().substring(3));
    assertThat(issued.toString()).doesNotContain(issued.token());
    assertThat(store.audit().list(DEAL, PageRequest.of(1, 10)).items())
        .extracting(AuditEvent::action).containsExactly("TOKEN");
  }

  @Test
  void aWrongOrMalformedTokenAuthenticatesNoOne() {
    IssuedToken issued = store.tokens().create("system", TokenRole.PROJECT_TEAM, Optional.empty());

    assertThat(store.tokens().authenticate(issued.token() + "x")).isEmpty();
    assertThat(store.tokens().authenticate("gd_wrong")).isEmpty();
    assertThat(store.tokens().authenticate("")).isEmpty();
    assertThat(store.tokens().authenticate(null)).isEmpty();
    assertThat(store.tokens().authenticate(issued.token())).get()
        .extracting(TokenHolder::role).isEqualTo(TokenRole.PROJECT_TEAM);
  }

  @Test
  void theAuditTrailPagesNewestFirst() {
    for (int i = 0; i < 5; i++) {
      store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));
    }

    Page<AuditEvent> first = store.audit().list(DEAL, PageRequest.of(1, 2));
    Page<AuditEvent> last = store.audit().list(DEAL, PageRequest.of(3, 2));

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.items()).hasSize(2);
    assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
    assertThat(last.items()).hasSize(1);
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void concurrentUpdatesOfOneRecordLoseNothing() throws Exception {
    StoredRecord created = store.evidence().create("a", DEAL, trajectory(TRAJECTORY, true));
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger stale = new AtomicInteger();
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        start.await();
        try {
          store.evidence().update("t" + n, DEAL, "trajectories", created.id(), 1,
              trajectory(TRAJECTORY.replace("Circulaire", "Circulaire " + n), true));
          return true;
        } catch (StaleVersionException e) {
          stale.incrementAndGet();
          return false;
        }
      }));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<Boolean> result : results) {
      succeeded += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(succeeded).isEqualTo(1);
    assertThat(stale.get()).isEqualTo(threads - 1);
    assertThat(store.evidence().find(DEAL, "trajectories", created.id()).orElseThrow().version())
        .isEqualTo(2);
    assertThat(store.audit().about(created.subject())).hasSize(2);
  }

  @Test
  void aBadRecordIsRefusedWithItsFieldAndLine() {
    assertThatThrownBy(() -> RecordCodec.decode("trajectories",
        "{\"id\": \"t9\", \"party\": \"ns\", \"title\": \"x\",\n \"kind\": \"OLD\", \"started\": \"2019-01-01\"}",
        "body.json"))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.field()).isEqualTo("kind");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("OLD");
            }));
  }
}
