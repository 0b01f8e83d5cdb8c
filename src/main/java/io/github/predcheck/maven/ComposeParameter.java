package io.github.predcheck.maven;

import io.github.predcheck.core.MaskedMap;
import java.io.File;
import java.util.List;

/**
 * {@code <compose>}: start the API from compose files ({@code up -d [--build] <services>}) and
 * always take it down ({@code down --volumes --remove-orphans}).
 */
public class ComposeParameter {
  /** Default: docker-compose.yml, or compose.yaml, in the project's folder. */
  List<File> files;

  /** Default: predcheck-<artifactId>-<execution id>. */
  String projectName;

  /** Services to start; default all. */
  List<String> services;

  /** Build images first ({@code --build}). */
  boolean build;

  /**
   * Variables for the compose commands (and so for the compose file's {@code ${VAR}}); {@code
   * {env:NAME}} in a value is read from the environment Maven runs in.
   */
  MaskedMap environment;

  /** The service whose published port {@code {port}} stands for; default the first of services. */
  String portService;

  /** The container port whose published host port {@code {port}} stands for. */
  Integer containerPort;
}
