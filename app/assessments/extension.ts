/** How many minutes an owner may add to a running attempt at once (the form and the service agree). */
export const EXTENSION_MINUTES = { min: 1, max: 240 } as const;
