-- When a device code was last polled: polling faster than its interval answers slow_down (RFC 8628).
ALTER TABLE device_codes ADD COLUMN last_polled_at TIMESTAMP WITH TIME ZONE;
