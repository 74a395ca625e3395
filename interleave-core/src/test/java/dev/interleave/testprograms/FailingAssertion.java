package dev.interleave.testprograms;

/** An {@code assert} that fails: the program class loader enables assertions. */
public class FailingAssertion {

    public static void main(String[] args) {
        int balance = -5;
        assert balance >= 0 : "balance went negative: " + balance;
        System.out.println("assertions are disabled");
    }
}
