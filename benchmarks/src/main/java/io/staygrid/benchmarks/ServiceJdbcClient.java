package io.staygrid.benchmarks;

import io.staygrid.inventory.config.InventoryConfig;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.repository.HoldRepository;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.inventory.repository.RoomTypeRepository;
import io.staygrid.inventory.repository.Sql;
import io.staygrid.inventory.service.HoldService;
import io.staygrid.inventory.service.RoomLedger;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * inventory-svc's own HoldService and repositories (the very statements the service issues), wired by hand
 * on one JDBC connection with begin/commit around each call, as @Transactional does: no gRPC, no pool.
 */
final class ServiceJdbcClient implements HoldClient {

    private static final Duration HOLD = Duration.ofMinutes(15);

    private final Connection connection;
    private final HoldService service;

    ServiceJdbcClient(BenchDatabase db) throws Exception {
        connection = db.connect();
        connection.setAutoCommit(false);
        Sql sql = new Sql(new SingleConnectionDataSource(connection));
        service = new HoldService(new HoldRepository(sql), new RoomTypeRepository(sql),
                new RoomLedger(new InventoryRepository(sql)), sql, Clock.systemUTC(), CONFIG);
    }

    @Override
    public void hold(UUID id, Stay stay) throws Exception {
        try {
            service.hold(id, stay, HOLD);
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }

    /** The service's defaults (application.properties). */
    private static final InventoryConfig CONFIG = new InventoryConfig() {
        @Override
        public Duration lockTimeout() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Sweeper sweeper() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Horizon horizon() {
            throw new UnsupportedOperationException();
        }
    };
}
