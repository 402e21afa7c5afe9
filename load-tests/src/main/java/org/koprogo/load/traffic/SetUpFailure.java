package org.koprogo.load.traffic;

/** The server refused what a virtual user needs before measuring (sign-in, its building): no run is possible. */
public final class SetUpFailure extends Exception {

    public SetUpFailure(String message) {
        super(message);
    }
}
