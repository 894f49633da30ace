package org.greendeal.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.greendeal.model.Deal;

/**
 * The deals greendeal knows by id, bundled as resources {@code org/greendeal/io/deals/<id>.yaml},
 * and the way a user names a deal: by such an id, or by the path of a deal file. Bundled deals are
 * read once and kept; the catalogue is thread-safe.
 */
public final class DealCatalog {
  /** The id of the built-in deal, the Green Deal Circulair Inkopen 2.0. */
  public static final String BUILT_IN = "gdci-2.0";

  private static final String FOLDER = "org/greendeal/io/deals/";
  private static final DealCatalog STANDARD = new DealCatalog(List.of(BUILT_IN));

  private final ImmutableList<String> ids;
  private final ConcurrentMap<String, Deal> loaded = new ConcurrentHashMap<>();

  private DealCatalog(List<String> ids) {
    this.ids = ImmutableList.copyOf(ids);
  }

  /** The catalogue of the deals bundled with greendeal. */
  public static DealCatalog standard() {
    return STANDARD;
  }

  /** The ids of the bundled deals. */
  public List<String> ids() {
    return ids;
  }

  /** The built-in deal, {@value #BUILT_IN}. */
  public Deal builtIn() {
    return resolve(BUILT_IN);
  }

  /**
   * The bundled deal with id {@code idOrPath}, else the deal file at that path.
   *
   * @throws InputException if it is neither a known id nor an existing file, or if the file has
   *     problems
   */
  public Deal resolve(String idOrPath) {
    checkNotNull(idOrPath, "deal id or path is null");
    if (ids.contains(idOrPath)) {
      return loaded.computeIfAbsent(idOrPath, DealCatalog::load);
    }
    Optional<Path> path = path(idOrPath);
    if (path.isPresent() && (Files.exists(path.get()) || Format.of(idOrPath).isPresent())) {
      return DealFiles.read(path.get());
    }
    throw new InputException(Problem.ofFile(idOrPath, "unknown deal; expected the id of a"
        + " known deal (" + String.join(", ", ids) + ") or the path of a deal file"));
  }

  private static Optional<Path> path(String text) {
    try {
      return Optional.of(Path.of(text));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Deal load(String id) {
    String resource = FOLDER + id + ".yaml";
    try (InputStream in = DealCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled deal " + id + " is missing: " + resource
            + " is not on the classpath");
      }
      return DealFiles.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled deal " + resource, e);
    }
  }
}
