package io.github.predcheck.maven;

/**
 * {@code <baseline>}: how the diff goal starts the baseline API from the {@code baselineRef} tree
 * when the execution's own {@code <command>} or {@code <compose>} does not fit the old tree.
 * Elements as those two.
 */
public class BaselineParameter {
  CommandParameter command;
  ComposeParameter compose;
}
