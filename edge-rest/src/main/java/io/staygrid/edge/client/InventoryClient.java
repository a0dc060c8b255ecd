package io.staygrid.edge.client;

import io.quarkus.grpc.GrpcClient;
import io.staygrid.edge.config.EdgeConfig;
import io.staygrid.inventory.v1.*;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Calls inventory-svc (availability, overbooking). One method per RPC, each with a deadline. */
@ApplicationScoped
public class InventoryClient {

    private final InventoryServiceGrpc.InventoryServiceBlockingStub stub;
    private final Duration read;
    private final Duration write;

    InventoryClient(@GrpcClient("inventory") InventoryServiceGrpc.InventoryServiceBlockingStub stub, EdgeConfig config) {
        this.stub = stub;
        this.read = config.deadlines().read();
        this.write = config.deadlines().write();
    }

    public GetAvailabilityResponse getAvailability(GetAvailabilityRequest request) {
        return Backend.INVENTORY.call(stub, read, s -> s.getAvailability(request));
    }

    public GetOverbookingPolicyResponse getOverbookingPolicy(GetOverbookingPolicyRequest request) {
        return Backend.INVENTORY.call(stub, read, s -> s.getOverbookingPolicy(request));
    }

    public UpdateOverbookingPolicyResponse updateOverbookingPolicy(UpdateOverbookingPolicyRequest request) {
        return Backend.INVENTORY.call(stub, write, s -> s.updateOverbookingPolicy(request));
    }

    public ListOverbookedNightsResponse listOverbookedNights(ListOverbookedNightsRequest request) {
        return Backend.INVENTORY.call(stub, read, s -> s.listOverbookedNights(request));
    }
}
