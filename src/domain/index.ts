// The public API of the domain core.
export * from './model';
export * from './vocabulary';
export * from './ids';
export * from './format';
export * from './richtext';
export * from './canonical';
export * from './factory';
export * from './templates';
export * from './numbering';
export * from './editing';
export * from './attendees';
export * from './approval';
export * from './restore';
export * from './agenda';
export * from './merge';
export * from './validation';
export * from './assignments';
