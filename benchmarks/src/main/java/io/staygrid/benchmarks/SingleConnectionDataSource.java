package io.staygrid.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out one connection, whose close() does nothing: what a JTA-enlisted pool does inside a
 * transaction, so the service's repositories run every statement of a hold on one transaction.
 */
public final class SingleConnectionDataSource implements DataSource {

    private final Connection connection;
    private final Connection uncloseable;

    public SingleConnectionDataSource(Connection connection) {
        this.connection = connection;
        this.uncloseable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    Connection connection() {
        return connection;
    }

    @Override
    public Connection getConnection() {
        return uncloseable;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return uncloseable;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
