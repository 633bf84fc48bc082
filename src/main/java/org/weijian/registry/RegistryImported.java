package org.weijian.registry;

/**
 * A bulk import finished and committed: one event per import, never one per row ({@code what} is
 * {@code institutions}, {@code units} or {@code practitioners}).
 */
public record RegistryImported(String what, int rows, String fileName, String sha256) {
}
