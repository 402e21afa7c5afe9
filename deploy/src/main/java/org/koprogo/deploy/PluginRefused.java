package org.koprogo.deploy;

/** A jar of KOPROGO_MODULES_DIR the platform will not load; the message names the jar and says why. */
final class PluginRefused extends Exception {

    PluginRefused(String message) {
        super(message);
    }
}
