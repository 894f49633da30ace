package org.greendeal.store;

import static com.google.common.base.Preconditions.checkNotNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The greendeal database: opened on a JDBC URL, migrated by Flyway on opening, and closed when
 * done. Thread-safe; connections come from a small pool.
 *
 * <pre>{@code
 * try (Store store = Store.open(Store.defaultUrl())) {
 *   store.deals().ensure("gdci-2.0", "Green Deal Circulair Inkopen 2.0", "catalog:gdci-2.0");
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
  /** The folder of the embedded database, relative to the working directory. */
  public static final Path DEFAULT_FOLDER = Path.of("greendeal-data");

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Deals deals;
  private final EvidenceRecords evidence;
  private final Tokens tokens;
  private final AuditTrail audit;

  private Store(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.audit = new AuditTrail(jdbi);
    this.deals = new Deals(jdbi);
    this.evidence = new EvidenceRecords(jdbi);
    this.tokens = new Tokens(jdbi);
  }

  /** The URL of the embedded H2 database in {@code ./greendeal-data/greendeal}. */
  public static String defaultUrl() {
    return h2Url(DEFAULT_FOLDER.resolve("greendeal"));
  }

  /**
   * The URL of an embedded H2 database in the file {@code base} (H2 adds {@code .mv.db}). In
   * automatic mixed mode: the first process opens the file, a second (such as {@code greendeal
   * token create} while {@code greendeal serve} runs) reaches it through the first over loopback.
   */
  public static String h2Url(Path base) {
    return "jdbc:h2:file:" + base.toAbsolutePath().toString().replace('\\', '/')
        + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1";
  }

  /**
   * Opens the database at {@code jdbcUrl} ({@code jdbc:h2:...} or {@code jdbc:postgresql://...};
   * a user and password go in the URL, {@code ?user=..&password=..}) and migrates it to the
   * newest schema.
   *
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static Store open(String jdbcUrl) {
    checkNotNull(jdbcUrl, "JDBC URL is null");
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new StoreException("unsupported database URL \"" + redact(jdbcUrl)
          + "\"; expected jdbc:h2:... or jdbc:postgresql://...");
    }
    HikariConfig config = new HikariConfig();
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      config.setJdbcUrl(jdbcUrl);
      config.setUsername("sa");
      config.setPassword("");
    } else {
      // the user and password go to the driver as properties, not in the URL that pools log
      config.setJdbcUrl(withoutCredentials(jdbcUrl));
      parameter(jdbcUrl, "user").ifPresent(config::setUsername);
      parameter(jdbcUrl, "password").ifPresent(config::setPassword);
    }
    config.setMaximumPoolSize(16);
    config.setMinimumIdle(1);
    config.setPoolName("greendeal");
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(10_000);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the database " + redact(jdbcUrl) + ": "
          + rootMessage(e), e);
    }
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
          .load().migrate();
    } catch (FlywayException e) {
      dataSource.close();
      throw new StoreException("cannot migrate the database " + redact(jdbcUrl) + ": "
          + rootMessage(e), e);
    }
    return new Store(dataSource);
  }

  /** The deals the store holds evidence for. */
  public Deals deals() {
    return deals;
  }

  /** The evidence records of every deal. */
  public EvidenceRecords evidence() {
    return evidence;
  }

  /** The API tokens. */
  public Tokens tokens() {
    return tokens;
  }

  /** The audit trail. */
  public AuditTrail audit() {
    return audit;
  }

  /** The Jdbi of the store, for tests in this package. */
  Jdbi jdbi() {
    return jdbi;
  }

  /** The database product, such as {@code H2} or {@code PostgreSQL}. */
  public String databaseProduct() {
    return jdbi.withHandle(h -> {
      try {
        return h.getConnection().getMetaData().getDatabaseProductName();
      } catch (SQLException e) {
        throw new StoreException("cannot read the database product", e);
      }
    });
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    String kept = java.util.Arrays.stream(url.substring(query + 1).split("&"))
        .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
        .collect(java.util.stream.Collectors.joining("&"));
    return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
  }

  private static java.util.Optional<String> parameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return java.util.Optional.empty();
    }
    return java.util.Arrays.stream(url.substring(query + 1).split("&"))
        .filter(p -> p.startsWith(name + "="))
        .map(p -> java.net.URLDecoder.decode(p.substring(name.length() + 1),
            java.nio.charset.StandardCharsets.UTF_8))
        .findFirst();
  }

  /** {@code url} without its password. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
  }
}
