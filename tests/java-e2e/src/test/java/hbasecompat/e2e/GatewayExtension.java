package hbasecompat.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the {@link GatewayHarness} once per JVM, before the first test class that uses it, and
 * keeps it in the root store, so JUnit closes it (gateway, then ZooKeeper) when the whole run ends.
 */
public final class GatewayExtension implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GatewayExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(NS).getOrComputeIfAbsent(GatewayHarness.class, k -> GatewayHarness.startOnce(), GatewayHarness.class);
  }
}
