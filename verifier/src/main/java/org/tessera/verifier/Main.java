package org.tessera.verifier;

public final class Main {
  private Main() {}

  public static void main(String[] args) {}
}
