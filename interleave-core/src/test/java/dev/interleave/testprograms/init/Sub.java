package dev.interleave.testprograms.init;

/** No static initializer of its own: making one initializes {@link Base} only. */
class Sub extends Base {
}
