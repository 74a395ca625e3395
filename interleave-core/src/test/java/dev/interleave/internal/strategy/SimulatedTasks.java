package dev.interleave.internal.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives a strategy without a program: tasks 1, 2... with a number of steps each, all runnable from
 * the start until their steps are done, so that what the strategy does with known counts can be
 * measured over thousands of executions at no cost.
 */
final class SimulatedTasks {

    private SimulatedTasks() {
    }

    /** One execution; returns the task of each step in order. */
    static List<Integer> run(Strategy strategy, long index, int... steps) {
        strategy.beginExecution(index);
        int[] left = new int[steps.length + 1];
        int[] taken = new int[steps.length + 1];
        System.arraycopy(steps, 0, left, 1, steps.length);
        List<Integer> order = new ArrayList<>();
        int total = java.util.Arrays.stream(steps).sum();
        int decision = 0;
        int last = -1;
        while (order.size() < total) {
            List<Integer> runnable = new ArrayList<>();
            for (int task = 1; task < left.length; task++) {
                if (left[task] > 0) {
                    runnable.add(task);
                }
            }
            int task = runnable.size() == 1 ? runnable.getFirst()
                    : runnable.get(strategy.choose(new DecisionPoint(order.size(), decision++, runnable, last, false)));
            left[task]--;
            taken[task]++;
            order.add(task);
            last = task;
        }
        strategy.stepsTaken(taken);
        strategy.endExecution();
        return order;
    }
}
