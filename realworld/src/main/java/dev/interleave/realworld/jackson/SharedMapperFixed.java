package dev.interleave.realworld.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One Jackson {@code ObjectMapper} shared by three pool threads, as its documentation allows: each
 * writes an order as JSON and reads it back. The first use fills the mapper's caches concurrently
 * (serializers, type bindings, class initializers), which is where a checker's false data races
 * showed: a class initializer's array writes, and a map key's {@code equals} called inside
 * {@code ConcurrentHashMap.get}.
 */
public final class SharedMapperFixed {

    /** An order as the service exchanges it. */
    public record Order(String id, int quantity, List<String> items) {
    }

    private SharedMapperFixed() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                Order order = new Order("o" + n, n, List.of("a" + n, "b" + n));
                String json = mapper.writeValueAsString(order);
                Order back = mapper.readValue(json, Order.class);
                if (!back.equals(order)) {
                    throw new AssertionError("read back " + back + ", wrote " + order);
                }
                return json;
            }));
        }
        for (Future<String> result : results) {
            System.out.println(result.get());
        }
        pool.shutdown();
    }
}
