package io.github.hadath.tokenize;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed at the first {@link #get} and kept: for models loaded only when a text needs
 * them. Thread-safe; if the computation throws, the exception reaches the caller as thrown and
 * the next call tries again.
 */
final class Memo<T> implements Supplier<T> {

  private final Supplier<T> compute;
  private volatile T value;

  Memo(Supplier<T> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  @Override
  public T get() {
    T known = value;
    if (known == null) {
      synchronized (this) {
        known = value;
        if (known == null) {
          known = Objects.requireNonNull(compute.get(), "computed value");
          value = known;
        }
      }
    }
    return known;
  }
}
