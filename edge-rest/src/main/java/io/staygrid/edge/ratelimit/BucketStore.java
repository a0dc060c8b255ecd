package io.staygrid.edge.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.CompletionStage;

/** Where the token buckets live: in this instance's memory, or in Redis shared by every instance. */
interface BucketStore extends AutoCloseable {

    /** Takes one token from the bucket {@code key}, created with {@code configuration} when it does not exist yet. */
    CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration);

    @Override
    void close();
}
