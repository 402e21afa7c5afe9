package org.koprogo.auth.login.control;

/**
 * A throttled subject's counts once an attempt has entered: the failures settled in its window, the attempts
 * whose password is being checked (this one included), and the seconds left in the window.
 */
record AttemptCount(String subject, int failures, int inFlight, long secondsLeft) {

    enum Verdict {
        /** May go on to the password check. */
        ADMITTED,
        /** Over the limit only while attempts in flight are unsettled: wait for them, they may succeed. */
        BUSY,
        /** The window's failures used the limit up: refused until it closes. */
        BLOCKED
    }

    /**
     * At most {@code limit} failures per window, and never more attempts in flight than the failures left, so
     * parallel guesses cannot run past the limit while parallel correct sign-ins wait their turn.
     */
    Verdict verdict(int limit) {
        if (failures >= limit) {
            return Verdict.BLOCKED;
        }
        return failures + inFlight > limit ? Verdict.BUSY : Verdict.ADMITTED;
    }
}
