package dev.interleave.bench;
public class MonProf { public static void main(String[] a) { var c = new ControlledHandoff(); long end = System.nanoTime() + 3_000_000_000L; while (System.nanoTime() < end) c.monitor(); } }
