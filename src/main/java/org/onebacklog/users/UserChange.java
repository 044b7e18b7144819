package org.onebacklog.users;

/**
 * What an admin changes about a user: disable or enable them, make or unmake them admin. A field left out stays as
 * it is; {@code version} is the one last read, so that two admins never overwrite each other unawares.
 */
public record UserChange(Boolean disabled, Boolean admin, Long version) {
}
