// The app's services for the components below: src/app provides them, tests provide fakes.
import { createContext, useContext } from 'react';
import type { AppServices } from '../contracts/appServices';

export const ServicesContext = createContext<AppServices | undefined>(undefined);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing: render inside <ServicesContext.Provider>');
  return services;
}
