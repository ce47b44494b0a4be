package org.mabsadvisor.report;

/** A finding that a waiver accepts: shown apart, and left out of the exit code. */
public record WaivedFinding(Finding finding, Waiver waiver) {
}
