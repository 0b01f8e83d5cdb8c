package io.github.predcheck.maven;

import java.nio.file.Path;

/** A check mojo with the values Maven would set from the defaults, files under one folder. */
final class TestMojos {
  private TestMojos() {}

  static CheckMojo check(Path dir) {
    CheckMojo mojo = new CheckMojo(SettingsDecrypters.maven(dir.resolve("settings-security.xml")));
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
