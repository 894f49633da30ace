package org.greendeal.web;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How the web host runs.
 *
 * @param host the address to listen on; {@code 127.0.0.1} by default
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest request body; a larger one gets 413
 * @param illustrative whether the evidence is the made-up demo evidence (the report says so)
 */
public record WebOptions(String host, int port, long maxBodyBytes, boolean illustrative) {
  /** The largest request body by default: 1 MiB. */
  public static final long DEFAULT_MAX_BODY = 1024 * 1024;

  public WebOptions {
    checkArgument(port >= 0 && port <= 65535, "port out of range: %s", port);
    checkArgument(maxBodyBytes > 0, "max body must be positive: %s", maxBodyBytes);
  }

  /** On {@code 127.0.0.1:port}, 1 MiB bodies, real evidence. */
  public static WebOptions onPort(int port) {
    return new WebOptions("127.0.0.1", port, DEFAULT_MAX_BODY, false);
  }

  /** These options with {@code illustrative} set. */
  public WebOptions illustrative(boolean illustrative) {
    return new WebOptions(host, port, maxBodyBytes, illustrative);
  }

  /** These options with another body limit. */
  public WebOptions maxBodyBytes(long maxBodyBytes) {
    return new WebOptions(host, port, maxBodyBytes, illustrative);
  }
}
