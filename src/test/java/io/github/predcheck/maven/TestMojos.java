package io.github.predcheck.maven;

import java.nio.file.Path;

/** A check mojo with the values Maven would set from the defaults, files under one folder. */
final class TestMojos {
  private TestMojos() {}

  static CheckMojo check(Path dir) {
    return defaults(
        new CheckMojo(SettingsDecrypters.maven(dir.resolve("settings-security.xml"))), dir);
  }

  /** A diff mojo with Maven's defaults and no baseline yet. */
  static DiffMojo diff(Path dir) {
    DiffMojo mojo =
        defaults(new DiffMojo(SettingsDecrypters.maven(dir.resolve("settings-security.xml"))), dir);
    mojo.noiseCalls = 1;
    mojo.noiseFactor = 2;
    mojo.checkGoldens = true;
    mojo.buildDirectory = dir.resolve("target").toFile();
    return mojo;
  }

  private static <M extends AbstractApiMojo> M defaults(M mojo, Path dir) {
    mojo.basedir = dir.toFile();
    mojo.artifactId = "model-api";
    mojo.executionId = "thickness";
    mojo.golden = dir.resolve("golden.csv").toFile();
    mojo.samples = dir.resolve("samples").toFile();
    mojo.reportDirectory = dir.resolve("target/predcheck").toFile();
    mojo.endpoint = "http://localhost:8080/predictions/thickness";
    mojo.healthTimeout = 60;
    mojo.healthInterval = 500;
    mojo.requestTimeout = 60;
    mojo.threads = 1;
    mojo.maxConsecutiveFailures = 5;
    mojo.maxRows = 20;
    return mojo;
  }
}
