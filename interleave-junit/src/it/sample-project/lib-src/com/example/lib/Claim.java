package com.example.lib;

/**
 * A one-time claim with a check-then-act race on a plain field, shipped in a jar as a library's
 * class is (SampleProjectIT builds the jar and puts it in the build's repository).
 */
public class Claim {

    private boolean taken;

    /** True for the first caller only, unless two callers interleave between the check and the set. */
    public boolean take() {
        if (!taken) {
            taken = true;
            return true;
        }
        return false;
    }
}
